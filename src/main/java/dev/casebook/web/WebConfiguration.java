package dev.casebook.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

	/**
	 * An encoded slash ({@code %2F}) stays inside its path segment, so {@code /tools/..%2F..%2Fetc}
	 * is just an unknown slug (404); addresses Tomcat still refuses become 404 too.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> unmappableAddresses() {
		return (factory) -> {
			factory.addConnectorCustomizers((connector) -> {
				connector.setEncodedSolidusHandling("passthrough");
				connector.setEncodedReverseSolidusHandling("passthrough");
			});
			factory.addEngineValves(new UnmappableAddressValve());
		};
	}

	/**
	 * Each connection writes through a 32 KB buffer instead of Tomcat's 8 KB, so an entry page
	 * (20 to 40 KB) leaves in one or two socket writes rather than three to five.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer() {
		return (factory) -> factory
			.addConnectorCustomizers((connector) -> connector.setProperty("socket.appWriteBufSize", "32768"));
	}

}
