package dev.casebook.compare;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CompareConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<DoraTables> dora;

	CompareConfiguration(ObjectProvider<DoraTables> dora) {
		this.dora = dora;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CompanyTierInterceptor(this.dora)).addPathPatterns("/companies/*");
	}

}
