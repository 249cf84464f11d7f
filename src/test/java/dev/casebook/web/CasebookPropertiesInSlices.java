package dev.casebook.web;

import dev.casebook.CasebookProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Binds {@link CasebookProperties} in every web slice test: the layout's head and the citation links
 * read them, and the application binds them through {@code @ConfigurationPropertiesScan}, which a
 * slice leaves out. Listed in {@code META-INF/spring/...AutoConfigureWebMvc.imports}.
 */
@AutoConfiguration
@EnableConfigurationProperties(CasebookProperties.class)
public class CasebookPropertiesInSlices {

}
