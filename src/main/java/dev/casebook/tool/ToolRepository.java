package dev.casebook.tool;

import dev.casebook.content.EntryRepository;

public interface ToolRepository extends EntryRepository<Tool> {

}
