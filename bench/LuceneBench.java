// Lucene 4.10 (Debian liblucene4.10-java) peer of bench/run: CJKAnalyzer
// (bigrams, width folding, lower case), the text stored for snippets, year
// and region code as fields.  Same interface as peers.py:
//   java LuceneBench build CORPUS INDEX
//   java LuceneBench query CORPUS INDEX HITS_OUT LAT_OUT ROUNDS QUERIES_TSV
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class LuceneBench {
    static final Version V = Version.LUCENE_4_10_4;
    static final Set<String> ID_ONLY = Collections.singleton("id");

    public static void main(String[] a) throws Exception {
        if (a[0].equals("build"))
            build(a[1], a[2]);
        else
            query(a[1], a[2], a[3], a[4], Integer.parseInt(a[5]), a[6]);
    }

    static List<String[]> manifest(String corpus) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Paths.get(corpus, "manifest.tsv"), StandardCharsets.UTF_8);
        for (String l : lines.subList(1, lines.size()))
            out.add(l.split("\t"));
        return out;
    }

    static void build(String corpus, String index) throws Exception {
        Analyzer an = new CJKAnalyzer(V);
        IndexWriterConfig cfg = new IndexWriterConfig(V, an);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(256);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(new File(index)), cfg)) {
            for (String[] m : manifest(corpus)) {
                String text = new String(Files.readAllBytes(Paths.get(corpus, "docs", m[0])), StandardCharsets.UTF_8);
                Document d = new Document();
                d.add(new StringField("id", m[0], Field.Store.YES));
                d.add(new IntField("year", Integer.parseInt(m[1]), Field.Store.NO));
                d.add(new StringField("code", m[2], Field.Store.NO));
                d.add(new TextField("body", text, Field.Store.YES));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
    }

    static String escape(String s) {
        return QueryParser.escape(s);
    }

    static void query(String corpus, String index, String hitsOut, String latOut, int rounds, String qpath) throws Exception {
        IndexReader r = DirectoryReader.open(FSDirectory.open(new File(index)));
        IndexSearcher s = new IndexSearcher(r);
        QueryParser qp = new QueryParser(V, "body", new CJKAnalyzer(V));
        List<String> ids = new ArrayList<>();
        List<Query> qs = new ArrayList<>();
        for (String l : Files.readAllLines(Paths.get(qpath), StandardCharsets.UTF_8)) {
            if (l.startsWith("#") || l.trim().isEmpty())
                continue;
            String[] f = l.split("\t");
            BooleanQuery b = new BooleanQuery();
            for (String t : f[2].split(" "))
                b.add(qp.parse("\"" + escape(t) + "\""), BooleanClause.Occur.MUST);
            if (!f[3].equals("-")) {
                String y = f[3];
                Integer lo, hi;
                if (y.contains("..")) {
                    String[] p = y.split("\\.\\.", -1);
                    lo = p[0].isEmpty() ? null : Integer.valueOf(p[0]);
                    hi = p[1].isEmpty() ? null : Integer.valueOf(p[1]);
                } else {
                    lo = hi = Integer.valueOf(y);
                }
                b.add(NumericRangeQuery.newIntRange("year", lo, hi, true, true), BooleanClause.Occur.MUST);
            }
            if (!f[5].equals("-"))
                b.add(new PrefixQuery(new Term("code", f[5])), BooleanClause.Occur.MUST);
            ids.add(f[0]);
            qs.add(b);
        }
        Map<String, List<Double>> lat = new LinkedHashMap<>();
        for (String id : ids)
            lat.put(id, new ArrayList<>());
        for (int round = -1; round < rounds; round++) {
            for (int i = 0; i < qs.size(); i++) {
                long t0 = System.nanoTime();
                TopDocs td = s.search(qs.get(i), 10);
                for (ScoreDoc sd : td.scoreDocs)
                    s.doc(sd.doc, ID_ONLY).get("id");
                int total = td.totalHits;
                double ms = (System.nanoTime() - t0) / 1e6;
                if (round >= 0 && total >= 0)
                    lat.get(ids.get(i)).add(ms);
            }
        }
        try (PrintWriter hw = new PrintWriter(hitsOut, "UTF-8"); PrintWriter lw = new PrintWriter(latOut, "UTF-8")) {
            for (int i = 0; i < qs.size(); i++) {
                TopDocs td = s.search(qs.get(i), Math.max(1, r.maxDoc()));
                StringBuilder sb = new StringBuilder(ids.get(i)).append('\t');
                for (int k = 0; k < td.scoreDocs.length; k++)
                    sb.append(k > 0 ? " " : "").append(s.doc(td.scoreDocs[k].doc, ID_ONLY).get("id"));
                hw.println(sb);
                StringBuilder lb = new StringBuilder(ids.get(i)).append('\t');
                List<Double> l = lat.get(ids.get(i));
                for (int k = 0; k < l.size(); k++)
                    lb.append(k > 0 ? " " : "").append(String.format(Locale.ROOT, "%.4f", l.get(k)));
                lw.println(lb);
            }
        }
        r.close();
    }
}
