#!/usr/bin/env python3
"""A local web server for the URL tests: serves Tests/Fixtures/pages and Tests/Fixtures/feeds on
127.0.0.1, and a few failure modes. Prints the port it listens on, then serves until its standard input closes."""
import http.server
import os
import sys
import threading
import time

PAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages")
FEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "feeds")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?")[0]
        self.server.requests.append((path, self.headers.get("User-Agent", "")))
        if path == "/missing":
            self.send_error(404)
        elif path == "/broken":
            self.send_error(500)
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/slow":
            time.sleep(5)
            self.send_error(504)
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(800):  # about 50 MB, without a Content-Length
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/user-agent":
            body = self.headers.get("User-Agent", "").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path.startswith("/feeds/") and os.path.isfile(os.path.join(FEEDS, os.path.basename(path))):
            # Feeds written for the tests link to http://SERVER/, which becomes this server.
            with open(os.path.join(FEEDS, os.path.basename(path)), "rb") as handle:
                address = "http://127.0.0.1:%d/" % self.server.server_address[1]
                body = handle.read().replace(b"http://SERVER/", address.encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path.startswith("/redirect/"):
            self.send_response(301)
            self.send_header("Location", "/" + path[len("/redirect/"):])
            self.end_headers()
        else:
            name = os.path.basename(path)
            file = os.path.join(PAGES, name)
            if not name or not os.path.isfile(file):
                self.send_error(404)
                return
            with open(file, "rb") as handle:
                body = handle.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.requests = []
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)
sys.stdin.read()
server.shutdown()
