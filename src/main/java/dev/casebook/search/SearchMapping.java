package dev.casebook.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.casebook.model.Company;
import dev.casebook.model.Entry;
import dev.casebook.model.Practice;
import dev.casebook.model.Source;
import dev.casebook.model.Tag;
import dev.casebook.model.Tool;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.IndexingDependencyOptionsStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.springframework.stereotype.Component;

/**
 * How entries are indexed, backend-neutral: one index per kind, every text in an English
 * (stemmed) field, titles, aliases and summaries also in a plain field so that exact words rank
 * first, titles and aliases in a prefix field for suggestions and as {@link NameKey}s so that a
 * query naming an entry finds it first, companies' figure names and units in a field of their
 * own, tags and kind as keywords for filters and facets. Search changes follow JPA changes automatically. Public with a public
 * constructor so that Hibernate Search can also create it where it is not a bean (JPA test slices).
 */
@Component
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String ENGLISH = "casebook_english";

	static final String PLAIN = "casebook_plain";

	static final String PREFIX = "casebook_prefix";

	static final String SORT = "casebook_sort";

	static final String SLUG = "slug";

	static final String KIND = "kind";

	static final String TITLE = "title";

	static final String TITLE_PLAIN = "title_plain";

	static final String TITLE_PREFIX = "title_prefix";

	static final String TITLE_SORT = "title_sort";

	static final String TITLE_KEY = "title_key";

	static final String ALIASES_KEY = "aliases_key";

	static final String FIGURES = "figures";

	static final String ALIASES = "aliases";

	static final String ALIASES_PLAIN = "aliases_plain";

	static final String ALIASES_PREFIX = "aliases_prefix";

	static final String SUMMARY = "summary";

	static final String SUMMARY_PLAIN = "summary_plain";

	static final String BODY = "body";

	static final String RELATED = "related";

	static final String TAG = "tags.name";

	static final String TAG_WORDS = "tags.words";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		Stream.of(Company.class, Tool.class, Practice.class, Source.class).forEach((kind) -> index(mapping, kind));
		mapping.type(Company.class)
			.property("figureText")
			.fullTextField(FIGURES)
			.analyzer(ENGLISH)
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("metrics"));
		TypeMappingStep entry = mapping.type(Entry.class);
		entry.property("slug").keywordField(SLUG).projectable(Projectable.YES);
		entry.property("kind")
			.keywordField(KIND)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES)
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.NO);
		entry.property("title")
			.fullTextField(TITLE)
			.analyzer(ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED))
			.fullTextField(TITLE_PLAIN)
			.analyzer(PLAIN)
			.fullTextField(TITLE_PREFIX)
			.analyzer(PREFIX)
			.searchAnalyzer(PLAIN)
			.keywordField(TITLE_SORT)
			.normalizer(SORT)
			.sortable(Sortable.YES)
			.keywordField(TITLE_KEY)
			.valueBridge(new NameKey());
		entry.property("aliases")
			.fullTextField(ALIASES)
			.analyzer(ENGLISH)
			.fullTextField(ALIASES_PLAIN)
			.analyzer(PLAIN)
			.fullTextField(ALIASES_PREFIX)
			.analyzer(PREFIX)
			.searchAnalyzer(PLAIN)
			.keywordField(ALIASES_KEY)
			.valueBridge(new NameKey());
		entry.property("summary")
			.fullTextField(SUMMARY)
			.analyzer(ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED))
			.fullTextField(SUMMARY_PLAIN)
			.analyzer(PLAIN);
		entry.property("bodyText")
			.fullTextField(BODY)
			.analyzer(ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED));
		entry.property("tags").indexedEmbedded().indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		mapping.type(Tag.class)
			.property("name")
			.keywordField("name")
			.aggregable(Aggregable.YES)
			.fullTextField("words")
			.analyzer(ENGLISH);
	}

	/**
	 * Indexes one kind; its related names are reindexed when the entry's own relations change (a
	 * related entry's new title shows once this entry is written again).
	 */
	private static void index(ProgrammaticMappingConfigurationContext mapping, Class<? extends Entry> kind) {
		TypeMappingStep type = mapping.type(kind);
		type.indexed().index(kind.getSimpleName().toLowerCase(Locale.ROOT));
		IndexingDependencyOptionsStep dependency = type.property("relatedNames")
			.fullTextField(RELATED)
			.analyzer(ENGLISH)
			.indexingDependency();
		Stream.of("outgoing", "incoming").forEach((rows) -> dependency.derivedFrom(PojoModelPath.parse(rows)));
	}

}
