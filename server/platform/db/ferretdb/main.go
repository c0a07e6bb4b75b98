// Command ferretdb-embed runs FerretDB v1 with its SQLite backend on loopback.
//
// It embeds the public ferretdb package instead of using cmd/ferretdb, whose
// `go install` build panics at start because a generated version file is
// missing from the module (FerretDB issue #2982).
//
// It prints the MongoDB URI on stdout once it accepts connections, and exits
// when its standard input closes, so it never outlives the Node process that
// started it, even if that process is killed.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dir := flag.String("dir", "", "directory for the SQLite files")
	addr := flag.String("listen", "127.0.0.1:0", "loopback address to listen on")
	level := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	if *dir == "" {
		fail("-dir is required")
	}
	abs, err := filepath.Abs(*dir)
	if err != nil {
		fail(err.Error())
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		fail(err.Error())
	}

	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		fail("bad -log-level: " + err.Error())
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
		Logger:    logger,
	})
	if err != nil {
		fail(err.Error())
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// Standard input closing means the parent is gone: shut down cleanly.
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stop()
	}()

	done := make(chan struct{})
	go func() {
		f.Run(ctx)
		close(done)
	}()

	uri := waitForURI(f)
	fmt.Println(uri)

	<-done
}

func waitForURI(f *ferretdb.FerretDB) string {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if uri := f.MongoDBURI(); uri != "" {
			return uri
		}
		time.Sleep(20 * time.Millisecond)
	}
	fail("FerretDB did not start listening within 30s")
	return ""
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "ferretdb-embed:", msg)
	os.Exit(1)
}
