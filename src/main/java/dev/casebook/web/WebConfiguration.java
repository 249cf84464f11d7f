package dev.casebook.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** {@code /tools/chef/} redirects to {@code /tools/chef}, so both addresses work. */
	@Bean
	UrlHandlerFilter trailingSlashRedirect() {
		return UrlHandlerFilter.trailingSlashHandler("/**").redirect(HttpStatus.PERMANENT_REDIRECT).build();
	}

}
