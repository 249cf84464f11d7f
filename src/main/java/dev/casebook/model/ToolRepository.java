package dev.casebook.model;


public interface ToolRepository extends EntryRepository<Tool> {

}
