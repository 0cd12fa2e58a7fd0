"""torquec.runtime — generic machinery imported by generated applications.

Submodules: ``errors`` (error taxonomy), ``jsonrpc`` (JSON-RPC 2.0 dispatcher).
"""
