package dev.casebook.company;

import java.util.List;

import dev.casebook.content.EntryRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends EntryRepository<Company> {

	/** The companies whose delivery pipeline a source describes, by title. */
	@Query("select c from Company c where size(c.pipeline) > 0 order by c.sortTitle")
	List<Company> findWithPipeline();

}
