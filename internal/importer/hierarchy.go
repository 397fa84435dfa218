package importer

import (
	"slices"
	"strings"
)

// hierarchy is a tree as it will be after the import: each key (a NIP or a
// unit code) mapped to its parent's key (supervisor or parent unit), ""
// for a root. It starts as the database's and the file's rows override it.
type hierarchy map[string]string

// loop returns the keys of the cycle that leads from key back to key
// (key first and last), or nil when the chain above key ends.
func (h hierarchy) loop(key string) []string {
	path := []string{key}
	seen := map[string]bool{key: true}
	for cur := h[key]; cur != ""; cur = h[cur] {
		path = append(path, cur)
		if cur == key {
			return path
		}
		if seen[cur] {
			return nil // a cycle above key that does not pass through it
		}
		seen[cur] = true
	}
	return nil
}

// describeLoop writes a cycle as "A → B → A", shortened when long.
func describeLoop(keys []string) string {
	if len(keys) > 6 {
		keys = append(slices.Clone(keys[:3]), "…", keys[len(keys)-1])
	}
	return strings.Join(keys, " → ")
}

// topDown orders keys so that every key comes after all of its ancestors
// among keys, looking through ancestors that are not among keys. Written in
// that order, each row's parent already exists and already has its final
// parent, so no intermediate state of the tree has a cycle. The hierarchy
// must have no cycle through keys (loop finds them first).
func (h hierarchy) topDown(keys []string) []string {
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	done := make(map[string]bool, len(h))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		var chain []string
		for cur := k; cur != "" && !done[cur]; cur = h[cur] {
			done[cur] = true
			if want[cur] {
				chain = append(chain, cur)
			}
		}
		slices.Reverse(chain)
		out = append(out, chain...)
	}
	return out
}
