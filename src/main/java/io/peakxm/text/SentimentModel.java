package io.peakxm.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over {@link Features}: one weight vector per class
 * (two classes NEGATIVE, POSITIVE or three with NEUTRAL), and the languages its training
 * data covered. Immutable once loaded; the file is gzip-compressed big-endian floats
 * behind a small header.
 */
final class SentimentModel {

	private static final int MAGIC = 0x50584D53;

	final List<Polarity> classes;

	final Set<Language> languages;

	private final float[][] weights;

	SentimentModel(List<Polarity> classes, Set<Language> languages, float[][] weights) {
		this.classes = List.copyOf(classes);
		this.languages = Set.copyOf(languages);
		this.weights = weights;
	}

	/** Class probabilities in the order of {@link #classes}. */
	double[] probabilities(Features x) {
		double[] z = new double[this.weights.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < z.length; c++) {
			float[] w = this.weights[c];
			double sum = 0;
			for (int k = 0; k < x.size; k++) {
				sum += w[x.index[k]] * x.value[k];
			}
			z[c] = sum;
			max = Math.max(max, sum);
		}
		double total = 0;
		for (int c = 0; c < z.length; c++) {
			z[c] = Math.exp(z[c] - max);
			total += z[c];
		}
		for (int c = 0; c < z.length; c++) {
			z[c] /= total;
		}
		return z;
	}

	double probability(double[] p, Polarity label) {
		int c = this.classes.indexOf(label);
		return (c >= 0) ? p[c] : 0;
	}

	void write(OutputStream out) throws IOException {
		GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
		DataOutputStream data = new DataOutputStream(gzip);
		data.writeInt(MAGIC);
		data.writeInt(1);
		data.writeInt(Features.DIM);
		data.writeInt(this.classes.size());
		for (Polarity p : this.classes) {
			data.writeUTF(p.name());
		}
		List<Language> sorted = this.languages.stream().sorted().toList();
		data.writeInt(sorted.size());
		for (Language l : sorted) {
			data.writeUTF(l.name());
		}
		for (float[] w : this.weights) {
			for (float f : w) {
				data.writeFloat(f);
			}
		}
		data.flush();
		gzip.finish();
	}

	static SentimentModel read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
		if (data.readInt() != MAGIC || data.readInt() != 1) {
			throw new IOException("not a PeakXM sentiment model");
		}
		int dim = data.readInt();
		if (dim != Features.DIM) {
			throw new IOException("model has " + dim + " features, this code uses " + Features.DIM);
		}
		int k = data.readInt();
		List<Polarity> classes = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			classes.add(Polarity.valueOf(data.readUTF()));
		}
		int n = data.readInt();
		List<Language> languages = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			languages.add(Language.valueOf(data.readUTF()));
		}
		float[][] weights = new float[k][dim];
		byte[] buffer = new byte[dim * 4];
		for (int c = 0; c < k; c++) {
			data.readFully(buffer);
			java.nio.ByteBuffer.wrap(buffer).asFloatBuffer().get(weights[c]);
		}
		return new SentimentModel(classes, Set.copyOf(languages), weights);
	}

}
