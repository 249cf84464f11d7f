package dev.casebook.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request target exactly as written, byte for byte, so that addresses no URL class would
 * accept ({@code %00}, a backslash, a lone {@code %}) reach the real server.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** A response: status, headers (lower-case names) and body. */
	public record Reply(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	public static Reply get(int port, String target) {
		return get(port, target, "text/html");
	}

	public static Reply get(int port, String target, String accept) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + accept + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + target, ex);
		}
	}

	private static Reply parse(String response) {
		int end = response.indexOf("\r\n\r\n");
		String[] head = response.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
		}
		return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(end + 4));
	}

}
