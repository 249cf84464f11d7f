package dev.casebook.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.casebook.core.Revision;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page as {@link RenderedPageCache} keeps it: the revision it was rendered under, its body plain and
 * gzipped (compressed once), and the headers of its first response.
 */
record KeptPage(Revision revision, String contentType, byte[] body, byte[] gzipped, List<String[]> headers) {

	static KeptPage of(Revision revision, ContentCachingResponseWrapper response) {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(new String[] { name, value });
			}
		}
		byte[] body = response.getContentAsByteArray();
		return new KeptPage(revision, response.getContentType(), body, Gzip.compress(body), headers);
	}

	/** The bytes of the bodies, which is nearly all a page holds. */
	int bytes() {
		return this.body.length + this.gzipped.length;
	}

	/**
	 * Replays the page, gzipped when the client takes it, with the headers its first response had,
	 * except those this response already has.
	 */
	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(response.getHeaderNames());
		present.addAll(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.DATE,
				HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_ENCODING));
		for (String[] header : this.headers) {
			if (!present.contains(header[0])) {
				response.addHeader(header[0], header[1]);
			}
		}
		byte[] written = this.body;
		if (Gzip.accepted(request)) {
			written = this.gzipped;
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(this.contentType);
		response.setContentLength(written.length);
		response.getOutputStream().write(written);
	}

}
