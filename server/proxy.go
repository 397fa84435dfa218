package server

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ParsePrefixes reads a comma-separated list of CIDR prefixes
// ("10.0.0.0/8, 192.168.1.10"); a bare address stands for itself alone. An
// empty list is no prefix.
func ParsePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for item := range strings.SplitSeq(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if !strings.Contains(item, "/") {
			a, err := netip.ParseAddr(item)
			if err != nil {
				return nil, fmt.Errorf("address %q: %w", item, err)
			}
			a = a.Unmap()
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(item)
		if err != nil {
			return nil, fmt.Errorf("prefix %q: %w", item, err)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// inPrefixes reports whether a is in one of the prefixes.
func inPrefixes(a netip.Addr, ps []netip.Prefix) bool {
	if !a.IsValid() {
		return false
	}
	a = a.Unmap()
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// peerAddr is the address of the immediate peer of the connection.
func peerAddr(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(strings.Trim(host, "[]"))
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap()
}

// fromTrustedProxy reports whether the immediate peer is a configured
// trusted proxy, whose X-Forwarded-* headers are believed.
func (s *Server) fromTrustedProxy(r *http.Request) bool {
	return inPrefixes(peerAddr(r), s.opts.TrustedProxies)
}

// clientAddr is the address of the client. Behind a trusted proxy it is
// the right-most address of X-Forwarded-For that is not itself a trusted
// proxy: each proxy appends the peer it saw, so the entries left of that
// one were written by the client and prove nothing. From any other peer
// the header is ignored and the peer is the client.
func (s *Server) clientAddr(r *http.Request) netip.Addr {
	peer := peerAddr(r)
	if !inPrefixes(peer, s.opts.TrustedProxies) {
		return peer
	}
	var hops []string
	for _, v := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(v, ",")...)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // garbage from the client: keep the last hop a proxy vouched for
		}
		client = a.Unmap()
		if !inPrefixes(client, s.opts.TrustedProxies) {
			break
		}
	}
	return client
}

// clientIP is clientAddr as text, the key of the per-address sign-in limit.
func (s *Server) clientIP(r *http.Request) string {
	if a := s.clientAddr(r); a.IsValid() {
		return a.String()
	}
	return r.RemoteAddr
}

// isTLS reports whether the client reached the server over TLS: directly,
// or through a trusted proxy that says so in X-Forwarded-Proto (its
// right-most value, the one the proxy itself wrote). Anyone else's
// X-Forwarded-Proto is ignored, so a client cannot switch on HSTS or
// Secure cookies for a plain-HTTP deployment.
func (s *Server) isTLS(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	if !s.fromTrustedProxy(r) {
		return false
	}
	v := r.Header.Values("X-Forwarded-Proto")
	if len(v) == 0 {
		return false
	}
	last := v[len(v)-1]
	if i := strings.LastIndexByte(last, ','); i >= 0 {
		last = last[i+1:]
	}
	return strings.EqualFold(strings.TrimSpace(last), "https")
}

// forwarded reports whether the request says it was relayed for someone
// else (X-Forwarded-For or Forwarded).
func forwarded(r *http.Request) bool {
	return r.Header.Get("X-Forwarded-For") != "" || r.Header.Get("Forwarded") != ""
}
