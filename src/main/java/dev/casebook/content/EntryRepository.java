package dev.casebook.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** Read access shared by the repositories of every kind. */
@NoRepositoryBean
public interface EntryRepository<T extends Entry> extends Repository<T, Long> {

	List<T> findAllByOrderByTitle();

	Optional<T> findBySlug(String slug);

	List<T> findBySlugIn(Collection<String> slugs);

	long count();

}
