package dev.casebook.related;

import dev.casebook.content.Entry;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.Relations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@link EntryInsights} as {@code insights} to every page whose model holds an entry. Without a
 * {@link Relations} bean (web-slice tests of other features) it adds nothing.
 */
class EntryInsightsInterceptor implements HandlerInterceptor {

	/** How many related entries a page lists. */
	static final int RELATED = 6;

	private final ObjectProvider<Relations> relations;

	EntryInsightsInterceptor(ObjectProvider<Relations> relations) {
		this.relations = relations;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		Relations available = this.relations.getIfAvailable();
		if (available == null || modelAndView == null || modelAndView.getModel().containsKey("insights")) {
			return;
		}
		modelAndView.getModel()
			.values()
			.stream()
			.filter(Entry.class::isInstance)
			.map(Entry.class::cast)
			.findFirst()
			.ifPresent((entry) -> {
				RelationIndex index = available.current();
				modelAndView.addObject("insights", new EntryInsights(entry.getKind(), entry.getSlug(),
						RelatedEntries.of(index, entry.getSlug(), RELATED), index.events(entry.getSlug()),
						index.node(entry.getSlug()).map((node) -> Neighbourhood.of(index, node))));
			});
	}

}
