"""XFlow runtime: sandboxed execution of compiled flows (QuickJS).

``sandbox`` is the generic layer: a per-thread pool of QuickJS contexts with
time/memory/stack limits and host functions bound to the current run.
``jsruntime`` is the JavaScript half loaded into every context, ``engine``
runs an app's compiled flows, ``hosts`` are the host functions, and
``integration`` wires flows into a generated server.

Import the names from their modules (``from torquec.runtime.xflow.sandbox import
SandboxPool``): this package imports nothing, so the compiler (which only needs
``jsruntime.RUNTIME_VERSION``) does not load QuickJS.
"""
