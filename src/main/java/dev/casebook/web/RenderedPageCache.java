package dev.casebook.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.casebook.core.Revision;
import dev.casebook.core.Revisions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of every page (by address and parameters) for the {@link Revision} the
 * site serves, plain and gzipped (compressed once, sent to clients that accept gzip), and answers
 * {@code If-None-Match} / {@code If-Modified-Since} with 304. A page is only kept, and only served,
 * for the revision it was rendered under, so no page outlives the content it shows: the revision is
 * read before rendering, and a page finished after a newer index run is dropped.
 * Runs right after the security headers, character encoding and metrics filters, so every answer
 * has the security headers and is counted in {@code http.server.requests}; a kept page skips the
 * other filters and the dispatcher.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RenderedPageCache extends OncePerRequestFilter {

	/**
	 * The pages kept take at most this many bytes (an entry page is about 20 KB, a list of
	 * thousands of entries about 1 MB); those least likely to be asked for again make room.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final List<String> NOT_PAGES = List.of("/actuator/", "/assets/", "/webjars/", "/api/", "/v3/",
			"/swagger-ui");

	/**
	 * Weighed by the bytes each page holds; Caffeine's W-TinyLFU keeps the pages asked for often
	 * through a burst of pages asked for once, such as a crawler walking every list.
	 */
	private final Cache<String, KeptPage> pages;

	private final long maxBytes;

	private final Revisions revisions;

	/** The revision the kept pages were rendered under; they are dropped when it changes. */
	private final AtomicReference<Revision> kept = new AtomicReference<>(Revision.NONE);

	@Autowired
	RenderedPageCache(Revisions revisions) {
		this(revisions, MAX_BYTES, ForkJoinPool.commonPool());
	}

	/** Keeps at most {@code maxBytes}, evicting on {@code executor}. */
	RenderedPageCache(Revisions revisions, long maxBytes, Executor executor) {
		this.revisions = revisions;
		this.maxBytes = maxBytes;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			// A key is encoded ASCII, a byte a character.
			.weigher((String key, KeptPage page) -> key.length() + page.bytes())
			.executor(executor)
			.build();
	}

	/**
	 * The ETag of every page of a revision: it names the run and when it finished, so a restart never
	 * reuses one. It is weak: the plain and the gzipped page share it.
	 */
	static String etag(Revision revision) {
		return "W/\"" + Long.toString(revision.indexedAt().toEpochMilli(), 36) + "-" + revision.number() + "\"";
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
		Revision revision = this.revisions.revision();
		if (revision.equals(Revision.NONE)) {
			chain.doFilter(request, response);
			return;
		}
		// read first: only the first request of a new revision writes, and it alone drops the old pages
		Revision before = this.kept.get();
		if (!before.equals(revision) && this.kept.compareAndSet(before, revision)) {
			this.pages.invalidateAll();
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (new ServletWebRequest(request, response).checkNotModified(etag(revision),
				revision.indexedAt().toEpochMilli())) {
			return;
		}
		String key = key(request);
		KeptPage page = this.pages.getIfPresent(key);
		if (page != null && page.revision().equals(revision)) {
			page.write(request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (!cacheable(wrapper)) {
			wrapper.copyBodyToResponse();
			return;
		}
		Gzip.varyOnEncoding(wrapper);
		KeptPage rendered = KeptPage.of(revision, wrapper);
		// A page bigger than an eighth of the cache is not kept, so one huge list never flushes the rest.
		if (revision.equals(this.revisions.revision()) && rendered.bytes() <= this.maxBytes / 8) {
			this.pages.put(key, rendered);
		}
		rendered.write(request, response);
	}

	private static boolean cacheable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

}
