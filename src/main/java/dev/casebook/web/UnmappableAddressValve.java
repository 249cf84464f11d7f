package dev.casebook.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Tomcat refuses some addresses before they reach the application (a {@code %00}, a {@code ..}
 * above the root, a malformed {@code %} escape, a backslash) with a bare 400. For a site of pages
 * such an address is simply one with no page: this valve answers 404 instead, with the same
 * security headers as every other response and Tomcat's detail-free error body.
 */
final class UnmappableAddressValve extends ValveBase {

	UnmappableAddressValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError() && response.getStatus() == HttpServletResponse.SC_BAD_REQUEST
				&& request.getContext() == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			SecurityHeadersFilter.addHeaders(request, response);
		}
		getNext().invoke(request, response);
	}

}
