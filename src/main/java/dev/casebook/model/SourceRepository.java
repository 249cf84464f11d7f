package dev.casebook.model;


public interface SourceRepository extends EntryRepository<Source> {

}
