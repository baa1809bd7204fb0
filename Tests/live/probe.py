"""Requests to a live room from outside, one connection each, and this machine's other address:
for the hostile-input test."""
import http.client
import re
import socket


class Client:
    def __init__(self, base):
        match = re.match(r"http://([^:/]+):(\d+)", base)
        self.host, self.port = match.group(1), int(match.group(2))

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, dict(response.getheaders()), data


def other_address():
    """An address of this machine that is not loopback (the route a UDP socket would take; nothing
    is sent), or None."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 9))
        address = probe.getsockname()[0]
        return None if address.startswith("127.") or address == "0.0.0.0" else address
    except OSError:
        return None
    finally:
        probe.close()
