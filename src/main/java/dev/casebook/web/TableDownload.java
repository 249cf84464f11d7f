package dev.casebook.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.casebook.core.Suggestions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page's table as a file to download ({@code ?format=csv} or {@code ?format=json}): CSV as RFC 4180
 * describes it (a header row, CRLF line ends, fields with quotes, commas or line breaks quoted, UTF-8),
 * or JSON as an array of objects keyed by the same columns. A CSV cell that a spreadsheet would read
 * as a formula (one starting with {@code = + - @}, a tab or a carriage return) is prefixed with
 * {@code '}. Written by hand because CSV this small needs no library, and the formula guard is ours
 * either way.
 */
public final class TableDownload {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** Rows of cells under named columns, in the order the page shows them. */
	public record Table(List<String> columns, List<List<String>> rows) {

	}

	private TableDownload() {
	}

	/** The table in the {@code format} asked for, as an attachment named {@code name.csv} or {@code name.json}. */
	public static ResponseEntity<?> of(String format, String name, Table table) {
		String asked = format.strip().toLowerCase(Locale.ROOT);
		if (!asked.equals("csv") && !asked.equals("json")) {
			throw new BadParameterException("format", "'" + format + "' is not csv or json"
					+ Suggestions.didYouMean(format, List.of("csv", "json")));
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + asked).build().toString());
		return asked.equals("csv") ? response.contentType(CSV).body(csv(table).getBytes(StandardCharsets.UTF_8))
				: response.contentType(MediaType.APPLICATION_JSON).body(objects(table));
	}

	static String csv(Table table) {
		StringBuilder out = new StringBuilder();
		line(out, table.columns());
		table.rows().forEach((row) -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			out.append((i > 0) ? "," : "").append(field(cells.get(i)));
		}
		out.append("\r\n");
	}

	private static String field(String cell) {
		String text = (cell != null) ? cell : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quoted = text.contains("\"") || text.contains(",") || text.contains("\n") || text.contains("\r");
		return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static List<Map<String, String>> objects(Table table) {
		return table.rows().stream().map((row) -> {
			Map<String, String> object = new LinkedHashMap<>();
			for (int i = 0; i < table.columns().size(); i++) {
				object.put(table.columns().get(i), row.get(i));
			}
			return object;
		}).toList();
	}

}
