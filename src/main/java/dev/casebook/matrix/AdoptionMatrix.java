package dev.casebook.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.relation.DatedEvent;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relation;
import dev.casebook.relation.RelationIndex;
import dev.casebook.web.TableDownload.Table;

/**
 * Practices × companies. Each adoption links to what supports it, the first of: the passage of the
 * company's page that links to the practice; the passage of the practice's page that links to the
 * company; the company's timeline event that names the practice; else the practice's page, whose
 * "Adopted by" list declares it.
 */
record AdoptionMatrix(List<Node> companies, List<Row> rows) {

	/** How rows are ordered: {@code adoption} (most adopted first, the default) or {@code title}. */
	enum Sort {

		ADOPTION, TITLE

	}

	record Row(Node practice, int adopters, List<Optional<Cell>> cells) {

	}

	/** An adoption and where it is supported; {@code basis} says which kind of evidence it is. */
	record Cell(String href, String basis) {

	}

	/** The matrix as a download: a row per practice, its adopters, then per company the evidence of an adoption, or nothing. */
	Table table() {
		List<String> columns = new ArrayList<>(List.of("practice", "adopters"));
		this.companies.forEach((company) -> columns.add(company.title()));
		return new Table(columns, this.rows.stream().map((row) -> {
			List<String> cells = new ArrayList<>(List.of(row.practice().title(), String.valueOf(row.adopters())));
			row.cells().forEach((cell) -> cells.add(cell.map(Cell::basis).orElse("")));
			return List.copyOf(cells);
		}).toList());
	}

	static AdoptionMatrix of(RelationIndex index, Sort sort) {
		List<Node> companies = index.nodes(Kind.COMPANY);
		Comparator<Row> order = Comparator.comparing((Row row) -> row.practice().title(), String.CASE_INSENSITIVE_ORDER);
		if (sort == Sort.ADOPTION) {
			order = Comparator.comparingInt(Row::adopters).reversed().thenComparing(order);
		}
		List<Row> rows = index.nodes(Kind.PRACTICE).stream().map((practice) -> {
			List<Optional<Cell>> cells = companies.stream().map((company) -> cell(index, company, practice)).toList();
			return new Row(practice, (int) cells.stream().filter(Optional::isPresent).count(), cells);
		}).sorted(order).toList();
		return new AdoptionMatrix(companies, rows);
	}

	private static Optional<Cell> cell(RelationIndex index, Node company, Node practice) {
		if (!index.related(company.slug(), Relation.of(RelationType.ADOPTS)).contains(practice.slug())) {
			return Optional.empty();
		}
		return index.passage(company.slug(), practice.slug())
			.map((href) -> new Cell(href, "passage on the company's page"))
			.or(() -> index.passage(practice.slug(), company.slug())
				.map((href) -> new Cell(href, "passage on the practice's page")))
			.or(() -> index.events(company.slug())
				.stream()
				.filter((event) -> event.practices().contains(practice))
				.findFirst()
				.map((DatedEvent event) -> new Cell(event.href(), "timeline event " + event.year())))
			.or(() -> Optional.of(new Cell(practice.path(), "declared in front matter")));
	}

}
