// The floor of Xapian's inverter for an exact n-gram scheme (issue 18):
// what Xapian alone spends indexing the term stream any exact scheme of
// plansearch's kind needs, with nothing of plansearch around it.
//
//   inverter_floor [--positions] [--part I/N] [--commit N] DB LIST
//
// LIST names the files, one a line.  Each file is one document; its terms are the character bigrams of its
// text (every two adjacent code points, neither of them white space or an
// ASCII control), as plain terms (Document::add_term, within-document
// frequency only) or, with --positions, with the position of each
// (add_posting).  No record, no value, no unigram: less than any exact
// index needs, so its time is a lower bound.  --part I/N indexes only the
// files whose place in the list is I-1 mod N (for N processes in
// parallel); --commit N commits every N documents (default 500, as
// `plansearch index`).  Prints documents, bigram postings and seconds.
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static size_t u8len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static bool blank(const std::string &s, size_t i, size_t n)
{
    unsigned char c = (unsigned char)s[i];
    if (n == 1)
        return c <= ' ';
    // U+3000 ideographic space
    return n == 3 && c == 0xE3 && (unsigned char)s[i + 1] == 0x80 &&
           (unsigned char)s[i + 2] == 0x80;
}

int main(int argc, char **argv)
{
    bool positions = false;
    unsigned part = 1, parts = 1, commit_every = 500;
    int a = 1;
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (!strcmp(argv[a], "--positions"))
            positions = true;
        else if (!strcmp(argv[a], "--part") && a + 1 < argc)
            sscanf(argv[++a], "%u/%u", &part, &parts);
        else if (!strcmp(argv[a], "--commit") && a + 1 < argc)
            commit_every = (unsigned)atoi(argv[++a]);
        else
            break;
    }
    if (argc - a != 2 || !parts || !part || part > parts) {
        fprintf(stderr, "usage: inverter_floor [--positions] [--part I/N] [--commit N] DB LIST\n");
        return 2;
    }
    std::vector<std::string> files;
    {
        std::ifstream list(argv[a + 1]);
        for (std::string line; std::getline(list, line);)
            if (!line.empty())
                files.push_back(line);
    }
    auto t0 = std::chrono::steady_clock::now();
    Xapian::WritableDatabase db(argv[a], Xapian::DB_CREATE_OR_OVERWRITE);
    unsigned long long docs = 0, postings = 0;
    for (size_t f = 0; f < files.size(); f++) {
        if (f % parts != part - 1)
            continue;
        std::ifstream in(files[f], std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        Xapian::Document doc;
        Xapian::termpos pos = 0;
        size_t prev = std::string::npos, prevn = 0;
        for (size_t i = 0; i < text.size();) {
            size_t n = u8len((unsigned char)text[i]);
            if (i + n > text.size())
                break;
            if (blank(text, i, n)) {
                prev = std::string::npos;
            } else {
                if (prev != std::string::npos) {
                    std::string bg = text.substr(prev, prevn + n);
                    if (positions)
                        doc.add_posting(bg, ++pos);
                    else
                        doc.add_term(bg);
                    postings++;
                }
                prev = i;
                prevn = n;
            }
            i += n;
        }
        db.add_document(doc);
        if (++docs % commit_every == 0)
            db.commit();
    }
    db.commit();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    printf("documents %llu bigram postings %llu seconds %.2f\n", docs, postings, s);
    return 0;
}
