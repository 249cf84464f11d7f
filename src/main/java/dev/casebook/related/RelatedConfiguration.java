package dev.casebook.related;

import dev.casebook.relation.Relations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class RelatedConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<Relations> relations;

	RelatedConfiguration(ObjectProvider<Relations> relations) {
		this.relations = relations;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new EntryInsightsInterceptor(this.relations))
			.addPathPatterns("/companies/*", "/tools/*", "/practices/*", "/sources/*");
	}

}
