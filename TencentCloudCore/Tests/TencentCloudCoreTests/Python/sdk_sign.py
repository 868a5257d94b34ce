#!/usr/bin/env python3
"""Sign requests with the official Python SDK (tencentcloud-sdk-python-common), for the cross-check test.

Reads JSON lines {method, params, host, service, version, action, region, timestamp, secret_id, secret_key,
token, pairs} on stdin (params: an object; for GET, pairs: the flat parameters in order); prints JSON lines {authorization,
payload, query} with what the SDK signed and sent."""
import json, sys, time
from unittest import mock

from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

for line in sys.stdin:
    case = json.loads(line)
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=case["host"], reqMethod=case["method"]))
    client = AbstractClient(Credential(case["secret_id"], case["secret_key"], case.get("token")), case.get("region"), profile)
    client._service = case["service"]
    client._apiVersion = case["version"]
    req = RequestInternal(case["host"], case["method"], "/")
    with mock.patch("time.time", return_value=case["timestamp"]):
        params = dict(case["pairs"]) if case.get("pairs") is not None else case["params"]
        client._build_req_with_tc3_signature(case["action"], params, req)
    print(json.dumps({
        "authorization": req.header["Authorization"],
        "payload": req.data if case["method"] == "POST" else "",
        "query": req.data if case["method"] == "GET" else "",
    }))
