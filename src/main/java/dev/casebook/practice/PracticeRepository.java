package dev.casebook.practice;

import java.util.List;

import dev.casebook.content.EntryRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

public interface PracticeRepository extends EntryRepository<Practice> {

	@Query("select new dev.casebook.practice.Adoption(p, size(p.companies)) from Practice p "
			+ "order by size(p.companies) desc, p.sortTitle")
	List<Adoption> findMostAdopted(Limit limit);

}
