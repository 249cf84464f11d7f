package dev.casebook.company;

import dev.casebook.content.EntryRepository;

public interface CompanyRepository extends EntryRepository<Company> {

}
