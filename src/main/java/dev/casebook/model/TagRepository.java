package dev.casebook.model;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TagRepository extends Repository<Tag, String> {

	@Query("select new dev.casebook.model.TagCount(t.name, count(e)) from Entry e join e.tags t "
			+ "group by t.name order by t.name")
	List<TagCount> countEntries();

	@Query("select e from Entry e join e.tags t where t.name = :name order by e.sortTitle")
	List<Entry> findEntriesTagged(String name);

}
