package dev.casebook.compare;

import dev.casebook.company.Company;
import dev.casebook.compare.DoraTable.Band;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@code doraTier} to a company page: the tier its deploy figure ({@link Company#getDeployFigure()})
 * falls in by the latest DORA table. Nothing when the company publishes no such figure, when the figure is
 * slower than every band, or without the DORA tables (web-slice tests of other features).
 */
class CompanyTierInterceptor implements HandlerInterceptor {

	private final ObjectProvider<DoraTables> dora;

	CompanyTierInterceptor(ObjectProvider<DoraTables> dora) {
		this.dora = dora;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		DoraTables tables = this.dora.getIfAvailable();
		if (tables == null || modelAndView == null
				|| !(modelAndView.getModel().get("company") instanceof Company company)) {
			return;
		}
		DoraTable table = tables.latest();
		company.getDeployFigure()
			.ifPresent((figure) -> table.deploymentTier(figure.getDeployFrequency().orElseThrow().intervalDays())
				.ifPresent((band) -> modelAndView.addObject("doraTier",
						new ProfileTier(band, table.year(), figure.getDate().label()))));
	}

	/**
	 * A company's tier, the year of the table that placed it there, and the date its figure goes by
	 * ({@code as of 2014}, {@code reported April 2012}).
	 */
	record ProfileTier(Band band, int tableYear, String figureDate) {

	}

}
