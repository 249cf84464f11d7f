package dev.casebook;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages form layers, each using only those below it, and no two packages depend on each other:
 * core types at the bottom; the stored model; ingest (load, parse, check, link, store); the
 * snapshot each stored run is turned into (the relation index); cross-cutting web concerns; features
 * on top. Only the
 * application class and its properties sit outside the layers, in the root package.
 */
class ArchitectureTests {

	private static final String[] FEATURES = { "dev.casebook.api..", "dev.casebook.cite..",
			"dev.casebook.company..", "dev.casebook.compare..", "dev.casebook.dora..", "dev.casebook.explore..",
			"dev.casebook.feed..", "dev.casebook.graph..", "dev.casebook.insights..", "dev.casebook.matrix..",
			"dev.casebook.operations..", "dev.casebook.pipeline..", "dev.casebook.practice..", "dev.casebook.search..",
			"dev.casebook.source..", "dev.casebook.status..", "dev.casebook.tag..", "dev.casebook.timeline..",
			"dev.casebook.tool.." };

	private static final String[] LAYERS = { "dev.casebook.core..", "dev.casebook.model..", "dev.casebook.content..",
			"dev.casebook.relation..", "dev.casebook.web.." };

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.casebook");

	@Test
	void everyPackageUsesOnlyTheLayersBelowIt() {
		Architectures.layeredArchitecture()
			.consideringOnlyDependenciesInLayers()
			.layer("core").definedBy(LAYERS[0])
			.layer("model").definedBy(LAYERS[1])
			.layer("ingest").definedBy(LAYERS[2])
			.layer("snapshot").definedBy(LAYERS[3])
			.layer("web").definedBy(LAYERS[4])
			.layer("features").definedBy(FEATURES)
			.whereLayer("features").mayOnlyBeAccessedByLayers("features")
			.whereLayer("web").mayOnlyBeAccessedByLayers("features")
			.whereLayer("snapshot").mayOnlyBeAccessedByLayers("web", "features")
			.whereLayer("ingest").mayOnlyBeAccessedByLayers("snapshot", "web", "features")
			.whereLayer("model").mayOnlyBeAccessedByLayers("ingest", "web", "features")
			.whereLayer("core").mayOnlyBeAccessedByLayers("model", "ingest", "snapshot", "web", "features")
			.check(MAIN);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		slices().matching("dev.casebook.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void everyClassOutsideTheApplicationsOwnPackageIsInALayer() {
		String[] layered = Stream.concat(Stream.of(LAYERS), Stream.of(FEATURES)).toArray(String[]::new);
		classes().that().resideOutsideOfPackage("dev.casebook").should().resideInAnyPackage(layered).check(MAIN);
	}

}
