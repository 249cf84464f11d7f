package dev.casebook.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Lets web-slice tests of other packages' REST controllers include the problem-detail advice. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ApiProblems.class)
public class ApiProblemsAccess {

}
