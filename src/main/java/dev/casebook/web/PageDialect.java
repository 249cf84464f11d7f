package dev.casebook.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates two helpers: {@code #counted} ({@link Counted}) and {@code #navigation}
 * ({@link Navigation}, built from the path of the request being rendered). A dialect rather than
 * model attributes, so no controller or interceptor has to remember to add them.
 */
@Component
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final Counted COUNTED = new Counted();

	PageDialect() {
		super("casebook-pages");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("counted", "navigation");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				if ("counted".equals(name)) {
					return COUNTED;
				}
				return new Navigation((context instanceof IWebContext web)
						? web.getExchange().getRequest().getRequestPath() : null);
			}

			@Override
			public boolean isCacheable(String name) {
				return "counted".equals(name);
			}

		};
	}

}
