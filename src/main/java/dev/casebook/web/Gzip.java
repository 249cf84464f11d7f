package dev.casebook.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** Compresses a kept page once, and tells whether a request takes the compressed form. */
final class Gzip {

	private Gzip() {
	}

	static byte[] compress(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Whether {@code Accept-Encoding} takes gzip: named (or {@code *}) with a quality above zero,
	 * and not refused by an explicit {@code gzip;q=0}. Not Tomcat's {@code AcceptEncoding} parser:
	 * it drops codings of quality zero, so {@code gzip;q=0, *} would read as taking gzip.
	 */
	static boolean accepted(HttpServletRequest request) {
		boolean accepted = false;
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			for (String coding : header.split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip();
				boolean gzip = name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip");
				if (gzip || name.equals("*")) {
					boolean wanted = quality(parts) > 0;
					if (gzip && !wanted) {
						return false;
					}
					accepted |= wanted;
				}
			}
		}
		return accepted;
	}

	/** Says that the answer depends on {@code Accept-Encoding}, unless the response says so already. */
	static void varyOnEncoding(HttpServletResponse response) {
		boolean named = response.getHeaders(HttpHeaders.VARY)
			.stream()
			.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"));
		if (!named) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
	}

	/** The {@code q} parameter of one coding; 1 when absent, 0 when it does not parse. */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
				try {
					return Double.parseDouble(parameter.substring(2).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
