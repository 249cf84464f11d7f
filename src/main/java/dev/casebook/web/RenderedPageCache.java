package dev.casebook.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.casebook.content.ContentIndexedEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of entry pages until the next {@link ContentIndexedEvent}, and answers
 * {@code If-None-Match} / {@code If-Modified-Since} with 304. A page is only kept, and only served,
 * for the revision it was rendered under, so no page outlives the content it shows: the revision
 * is read before rendering, and a page finished after a newer index run is dropped.
 * Runs after every other filter, so headers they set (security headers) are on every answer.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RenderedPageCache extends OncePerRequestFilter {

	/** At most this many pages (about 20 KB each) are kept; an arbitrary one makes room. */
	static final int MAX_PAGES = 2000;

	private static final Pattern ENTRY_PAGE = Pattern.compile("/(companies|tools|practices|sources)/[a-z0-9-]+");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private volatile Revision current = Revision.NONE;

	/** A content revision and when it was indexed; the ETag names both, so a restart never reuses one. */
	private record Revision(long number, long millis) {

		static final Revision NONE = new Revision(0, 0);

		String etag() {
			return "\"" + Long.toString(this.millis, 36) + "-" + this.number + "\"";
		}

	}

	private record Page(Revision revision, String contentType, byte[] body, List<String[]> headers) {
	}

	@EventListener
	void contentIndexed(ContentIndexedEvent event) {
		this.current = new Revision(event.report().revision(), event.report().finishedAt().toEpochMilli());
		this.pages.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !ENTRY_PAGE.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Revision revision = this.current;
		if (revision == Revision.NONE) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (new ServletWebRequest(request, response).checkNotModified(revision.etag(), revision.millis())) {
			return;
		}
		Page page = this.pages.get(request.getRequestURI());
		if (page != null && page.revision().equals(revision)) {
			write(page, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (cacheable(wrapper) && revision.equals(this.current)) {
			store(request.getRequestURI(), new Page(revision, wrapper.getContentType(),
					wrapper.getContentAsByteArray(), headers(wrapper)));
		}
		wrapper.copyBodyToResponse();
	}

	private static boolean cacheable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

	private static List<String[]> headers(HttpServletResponse response) {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(new String[] { name, value });
			}
		}
		return headers;
	}

	private void store(String path, Page page) {
		if (this.pages.size() >= MAX_PAGES) {
			Iterator<String> paths = this.pages.keySet().iterator();
			if (paths.hasNext()) {
				this.pages.remove(paths.next());
			}
		}
		this.pages.put(path, page);
	}

	/** Replays the page with the headers its first response had, except those this response already has. */
	private static void write(Page page, HttpServletResponse response) throws IOException {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(response.getHeaderNames());
		present.addAll(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.DATE,
				HttpHeaders.TRANSFER_ENCODING));
		for (String[] header : page.headers()) {
			if (!present.contains(header[0])) {
				response.addHeader(header[0], header[1]);
			}
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

}
