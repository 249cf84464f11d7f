package dev.casebook.cite;

import java.util.Set;

import dev.casebook.CasebookProperties;
import dev.casebook.web.SiteAddress;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.context.IExpressionContext;

/** Gives the layout {@code #cite}: the {@link LinkedData} of the entry a page shows. */
@Component
class CiteDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final LinkedData linkedData;

	CiteDialect(CasebookProperties properties) {
		super("casebook-cite");
		this.linkedData = new LinkedData(new SiteAddress(properties));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("cite");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return CiteDialect.this.linkedData;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
