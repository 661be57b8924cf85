"""Slow clients for the soak: N connections that each send a POST body one byte every 20 s.

Usage: slow_clients.py PORT N SECONDS. When the server closes a connection (its body deadline),
the client counts it and opens a new one, so N stay open for the whole run. Prints a tally
each minute: connections opened, closed by the server, and answers seen (status codes).
"""
import socket
import sys
import time

port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
HEAD = (
    "POST /booklet HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\n"
).encode()


def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(HEAD)
    s.setblocking(False)
    return s


opened, closed, answers = 0, 0, {}
clients = []
for _ in range(count):
    clients.append(connect())
    opened += 1
end = time.time() + seconds
last_tally = time.time()
while time.time() < end:
    for i, s in enumerate(clients):
        try:
            data = s.recv(4096)
            if data:
                code = data.split(b" ", 2)[1].decode(errors="replace") if data.startswith(b"HTTP/") else "?"
                answers[code] = answers.get(code, 0) + 1
            s.close()
            closed += 1
            clients[i] = connect()
            opened += 1
            continue
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
            clients[i] = connect()
            opened += 1
            continue
        try:
            s.send(b"a")
        except OSError:
            closed += 1
            clients[i] = connect()
            opened += 1
    if time.time() - last_tally >= 60:
        print(f"{time.strftime('%T')} open={len(clients)} opened={opened} closed_by_server={closed} answers={answers}",
              flush=True)
        last_tally = time.time()
    time.sleep(20)
print(f"end opened={opened} closed_by_server={closed} answers={answers}", flush=True)
