package dev.casebook.model;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends EntryRepository<Company> {

	/** The companies whose delivery pipeline a source describes, by title. */
	@Query("select c from Company c where size(c.pipeline) > 0 order by c.sortTitle")
	List<Company> findWithPipeline();

}
