package dev.casebook.source;

import dev.casebook.content.EntryRepository;

public interface SourceRepository extends EntryRepository<Source> {

}
