package dev.casebook.model;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

public interface PracticeRepository extends EntryRepository<Practice> {

	@Query("select new dev.casebook.model.Adoption(p, size(p.companies)) from Practice p "
			+ "order by size(p.companies) desc, p.sortTitle")
	List<Adoption> findMostAdopted(Limit limit);

}
