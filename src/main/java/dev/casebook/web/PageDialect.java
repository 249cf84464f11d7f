package dev.casebook.web;

import java.util.Set;

import dev.casebook.CasebookProperties;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebRequest;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates three helpers: {@code #counted} ({@link Counted}), and {@code #navigation}
 * ({@link Navigation}) and {@code #head} ({@link PageHead}), both built from the path of the request
 * being rendered. A dialect rather than model attributes, so no controller or interceptor has to
 * remember to add them.
 */
@Component
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final Counted COUNTED = new Counted();

	private final SiteAddress site;

	PageDialect(CasebookProperties properties) {
		super("casebook-pages");
		this.site = new SiteAddress(properties);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("counted", "navigation", "head");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				if ("counted".equals(name)) {
					return COUNTED;
				}
				IWebRequest request = (context instanceof IWebContext web) ? web.getExchange().getRequest() : null;
				String path = (request != null) ? request.getRequestPath() : null;
				if ("head".equals(name)) {
					return new PageHead(PageDialect.this.site, path,
							(request != null) ? request.getParameterValue("page") : null);
				}
				return new Navigation(path);
			}

			@Override
			public boolean isCacheable(String name) {
				return "counted".equals(name);
			}

		};
	}

}
