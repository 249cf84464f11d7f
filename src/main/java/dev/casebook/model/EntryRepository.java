package dev.casebook.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** Read access shared by the repositories of every kind. */
@NoRepositoryBean
public interface EntryRepository<T extends Entry> extends Repository<T, Long> {

	List<T> findAllByOrderBySortTitle();

	Optional<T> findBySlug(String slug);

	List<T> findBySlugIn(Collection<String> slugs);

	/** Entries of this kind, by title, as list pages show them. */
	@Query(value = "select new dev.casebook.model.EntryCard(e.kindKey, e.slug, e.title, e.summary) "
			+ "from #{#entityName} e order by e.sortTitle", countQuery = "select count(e) from #{#entityName} e")
	Page<EntryCard> findCards(Pageable pageable);

	long count();

}
