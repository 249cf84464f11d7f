package dev.casebook.company;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import dev.casebook.model.Company;
import dev.casebook.model.Metric;

/**
 * The picture a social network shows when a company's page is shared: 1200 × 630 pixels (the Open
 * Graph size), with the company's name, its summary and its first two key figures with their dates.
 * Drawn with Java2D, so it needs nothing beyond the JDK and a font.
 */
final class CompanyCard {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final int MARGIN = 72;

	private static final Color BACKGROUND = new Color(0x18202a);

	private static final Color TEXT = new Color(0xf4f6f9);

	private static final Color MUTED = new Color(0xb7c2cf);

	private static final Color ACCENT = new Color(0x6fb1ff);

	private CompanyCard() {
	}

	static byte[] png(Company company) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, 0, 16, HEIGHT);
			int y = MARGIN + 10;
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
			g.drawString("COMPANY", MARGIN, y);
			y += 76;
			g.setColor(TEXT);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
			g.drawString(fit(company.getTitle(), g.getFontMetrics(), WIDTH - 2 * MARGIN), MARGIN, y);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
			g.setColor(MUTED);
			y += 24;
			for (String line : lines(company.getSummary(), g.getFontMetrics(), WIDTH - 2 * MARGIN, 3)) {
				y += 42;
				g.drawString(line, MARGIN, y);
			}
			figures(g, company.getKeyFigures().stream().limit(2).toList());
			g.setColor(MUTED);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
			g.drawString("Casebook · how companies ship software · every figure sourced and dated", MARGIN,
					HEIGHT - 44);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Up to two figures side by side: the value large, then its unit, name and date. */
	private static void figures(Graphics2D g, List<Metric> figures) {
		if (figures.isEmpty()) {
			return;
		}
		int column = (WIDTH - 2 * MARGIN) / figures.size();
		int top = HEIGHT - 222;
		for (int i = 0; i < figures.size(); i++) {
			Metric metric = figures.get(i);
			int x = MARGIN + i * column;
			int width = column - 32;
			g.setColor(TEXT);
			int size = 44;
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			while (size > 28 && g.getFontMetrics().stringWidth(metric.getValue()) > width) {
				size -= 2;
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			}
			g.drawString(fit(metric.getValue(), g.getFontMetrics(), width), x, top);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
			g.drawString(fit(metric.getUnit(), g.getFontMetrics(), width), x, top + 36);
			g.setColor(MUTED);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			g.drawString(fit(metric.getName(), g.getFontMetrics(), width), x, top + 68);
			g.drawString(fit(metric.getDate().label(), g.getFontMetrics(), width), x, top + 96);
		}
	}

	/** The words of {@code text} in at most {@code max} lines of {@code width} pixels, the last cut with "…". */
	static List<String> lines(String text, FontMetrics metrics, int width, int max) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = (text == null) ? new String[0] : text.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (lines.size() == max - 1) {
				lines.add(fit(line + " " + String.join(" ", List.of(words).subList(i, words.length)), metrics, width));
				return lines;
			}
			lines.add(line.toString());
			line.setLength(0);
			line.append(words[i]);
		}
		if (!line.isEmpty()) {
			lines.add(fit(line.toString(), metrics, width));
		}
		return lines;
	}

	/** {@code text}, cut at a word and ended with "…" if it is wider than {@code width} pixels. */
	static String fit(String text, FontMetrics metrics, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
			int space = cut.lastIndexOf(' ');
			cut = (space > 0) ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
		}
		return cut.strip() + "…";
	}

}
