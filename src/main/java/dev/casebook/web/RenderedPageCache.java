package dev.casebook.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 * Keeps the rendered HTML of every page (by address and parameters) until the next
 * {@link ContentIndexedEvent}, plain and gzipped (compressed once, sent to clients that accept
 * gzip), and answers {@code If-None-Match} / {@code If-Modified-Since} with 304. A page is only
 * kept, and only served, for the revision it was rendered under, so no page outlives the content
 * it shows: the revision is read before rendering, and a page finished after a newer index run is
 * dropped.
 * Runs right after the security headers, character encoding and metrics filters, so every answer
 * has the security headers and is counted in {@code http.server.requests}; a kept page skips the
 * other filters and the dispatcher.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RenderedPageCache extends OncePerRequestFilter {

	/**
	 * The pages kept take at most this many bytes (an entry page is about 20 KB, a list of
	 * thousands of entries about 1 MB); arbitrary ones make room.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final List<String> NOT_PAGES = List.of("/actuator/", "/assets/", "/webjars/", "/api/", "/v3/",
			"/swagger-ui");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	/** The bytes of the pages kept, about: concurrent stores may overshoot by a page or two. */
	private final AtomicLong bytes = new AtomicLong();

	private volatile Revision current = Revision.NONE;

	/**
	 * A content revision and when it was indexed; the ETag names both, so a restart never reuses one.
	 * It is weak: the plain and the gzipped page share it.
	 */
	private record Revision(long number, long millis) {

		static final Revision NONE = new Revision(0, 0);

		String etag() {
			return "W/\"" + Long.toString(this.millis, 36) + "-" + this.number + "\"";
		}

	}

	private record Page(Revision revision, String contentType, byte[] body, byte[] gzipped, List<String[]> headers) {

		long bytes() {
			return this.body.length + this.gzipped.length;
		}

	}

	@EventListener
	void contentIndexed(ContentIndexedEvent event) {
		this.current = new Revision(event.report().revision(), event.report().finishedAt().toEpochMilli());
		this.pages.clear();
		this.bytes.set(0);
	}

	/** Every page a GET shows; not operations, static files or the JSON API. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || NOT_PAGES.stream().anyMatch(path::startsWith);
	}

	/**
	 * The origin, the address and every parameter as the page sees them, whether or not they came in a
	 * query string; names and values are encoded, so two different sets of parameters never share a key.
	 * The origin is part of it because a page names its own absolute address (canonical link, social
	 * cards, JSON-LD): without {@code casebook.base-url} that comes from the request, and a page made
	 * for one {@code Host} must never be served to a client of another.
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getScheme()).append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI())
			.append('?');
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&');
			}
		});
		return key.toString();
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
		String key = key(request);
		Page page = this.pages.get(key);
		if (page != null && page.revision().equals(revision)) {
			write(page, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (!cacheable(wrapper)) {
			wrapper.copyBodyToResponse();
			return;
		}
		Gzip.varyOnEncoding(wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		Page rendered = new Page(revision, wrapper.getContentType(), body, Gzip.compress(body), headers(wrapper));
		if (revision.equals(this.current)) {
			store(key, rendered);
		}
		write(rendered, request, response);
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

	private void store(String key, Page page) {
		if (page.bytes() > MAX_BYTES / 8) {
			return;
		}
		Iterator<Map.Entry<String, Page>> kept = this.pages.entrySet().iterator();
		while (this.bytes.get() + page.bytes() > MAX_BYTES && kept.hasNext()) {
			Map.Entry<String, Page> evicted = kept.next();
			if (this.pages.remove(evicted.getKey(), evicted.getValue())) {
				this.bytes.addAndGet(-evicted.getValue().bytes());
			}
		}
		Page replaced = this.pages.put(key, page);
		this.bytes.addAndGet(page.bytes() - ((replaced != null) ? replaced.bytes() : 0));
	}

	/**
	 * Replays the page, gzipped when the client takes it, with the headers its first response had,
	 * except those this response already has.
	 */
	private static void write(Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(response.getHeaderNames());
		present.addAll(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.DATE,
				HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_ENCODING));
		for (String[] header : page.headers()) {
			if (!present.contains(header[0])) {
				response.addHeader(header[0], header[1]);
			}
		}
		byte[] body = page.body();
		if (Gzip.accepted(request)) {
			body = page.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(page.contentType());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
