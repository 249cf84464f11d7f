package dev.casebook.web;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 writes it, for tests to check a download cell by cell; fails on a bare CR or LF. */
public final class Csv {

	private Csv() {
	}

	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else if (c == '\r' || c == '\n') {
				throw new IllegalArgumentException("a line break outside quotes that is not CRLF, at " + i);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted || !row.isEmpty() || cell.length() > 0) {
			throw new IllegalArgumentException("the last line does not end with CRLF");
		}
		return rows;
	}

}
