"""Shared pieces of the plansearch serve tests: a corpus with a hostile
document, an index of it, and a server on a free loopback port."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

PLANSEARCH = os.environ["PLANSEARCH"]
SOURCE = os.environ["PS_SOURCE_DIR"]

# A plan whose title and text try to run script in a page that would put
# them in as HTML.  Written here, not taken from the web.
HOSTILE = (
    "某市总工会2013年工作要点<script>window.__pwned=1</script>\n"
    "某市总工会2013年工作要点<script>window.__pwned=1</script>\n"
    "一、推进工资集体协商<img src=x onerror=\"window.__pwned=2\">，扩大覆盖面。\n"
    "二、加强职工之家建设，<b>服务</b>职工群众。集体协商要规范程序。\n"
)


# A bundled plan reposted under another site's header: a near-duplicate
# that search folds and that show lists among the plan's copies.
REPOST_OF = "002_7479f0db71bd9e90.txt"
REPOST = "repost.txt"


def make_corpus(root):
    """The bundled plans, the hostile one and a repost, in root/plans."""
    plans = os.path.join(root, "plans")
    shutil.copytree(os.path.join(SOURCE, "corpus", "plans"), plans)
    with open(os.path.join(plans, "hostile.txt"), "w", encoding="utf-8") as f:
        f.write(HOSTILE)
    with open(os.path.join(plans, REPOST_OF), encoding="utf-8") as f:
        original = f.read()
    with open(os.path.join(plans, REPOST), "w", encoding="utf-8") as f:
        f.write("来源：某县工会网 转载\n" + original)
    return plans


def run(*args, env=None):
    """plansearch ARGS: (status, stdout bytes, stderr text)."""
    p = subprocess.run([PLANSEARCH, *args], capture_output=True, env=env)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def build_index(root):
    db = os.path.join(root, "db")
    st, _, err = run("index", "--db", db, "--quiet", make_corpus(root))
    if st not in (0, 1):
        sys.exit("cannot build the test index: " + err)
    return db


class Server:
    """plansearch serve on a free port; stop() sends SIGINT like Ctrl-C."""

    def __init__(self, *args, env=None):
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([PLANSEARCH, "serve", "--port", "0", *args],
                                     stdout=subprocess.DEVNULL, stderr=self.log, env=env)
        deadline = time.monotonic() + 60
        self.port = None
        while time.monotonic() < deadline and self.proc.poll() is None:
            m = re.search(r"at http://(\S+?):(\d+)/", self.stderr())
            if m:
                self.host, self.port = m.group(1).strip("[]"), int(m.group(2))
                break
            time.sleep(0.05)
        if self.port is None:
            self.proc.kill()
            raise RuntimeError("server did not start: " + self.stderr())
        self.base = "http://127.0.0.1:%d" % self.port

    def stderr(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def stop(self):
        """Ctrl-C; the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def get(self, path, headers=None):
        """(status, headers, body bytes) of GET path."""
        req = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()
