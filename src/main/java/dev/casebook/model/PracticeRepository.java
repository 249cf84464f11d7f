package dev.casebook.model;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

public interface PracticeRepository extends EntryRepository<Practice> {

	@Query("select new dev.casebook.model.Adoption(p, cast(count(r) as Integer)) from Practice p "
			+ "left join EntryRelation r on r.to = p and r.type = dev.casebook.core.RelationType.ADOPTS "
			+ "group by p order by count(r) desc, p.sortTitle")
	List<Adoption> findMostAdopted(Limit limit);

}
