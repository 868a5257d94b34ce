#!/usr/bin/env python3
"""The official Python SDK doing what RuntimeBenchmark does: build a DeregisterTargets request (the SDK's model),
serialize it, and sign it with TC3-HMAC-SHA256 (`_build_req_with_tc3_signature`). Prints operations per second.

    pip install tencentcloud-sdk-python-common tencentcloud-sdk-python-clb
    python3 Benchmarks/python_sdk_sign.py [seconds]"""
import json, sys, time

from tencentcloud.clb.v20180317 import models
from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3
client = AbstractClient(Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"), "ap-guangzhou",
                        ClientProfile(httpProfile=HttpProfile(endpoint="clb.tencentcloudapi.com")))
client._service, client._apiVersion = "clb", "2018-03-17"
# The SDK stamps requests with time.time(); a fixed clock makes the signatures repeatable. It is replaced by a plain
# function: a unittest.mock patch costs far more per call than the clock (with one, the SDK measured 30-40% slower).
time.time = lambda: 1700000000
operations, checksum, started = 0, 0, time.perf_counter()
while time.perf_counter() - started < seconds:
    for _ in range(100):
        request = models.DeregisterTargetsRequest()
        request.from_json_string(json.dumps({
            "LoadBalancerId": "lb-cuxw2rm0", "ListenerId": "lbl-d1ubsydq",
            "Targets": [{"Port": 334, "InstanceId": "ins-dm4xtz0i"}, {"Port": 335, "InstanceId": "ins-dm4xtz0j", "Weight": 10}]}))
        params = request._serialize()
        req = RequestInternal("clb.tencentcloudapi.com", "POST", "/")
        client._build_req_with_tc3_signature("DeregisterTargets", params, req)
        checksum += len(req.header["Authorization"])
        operations += 1
elapsed = time.perf_counter() - started
print("python: %d operations in %.2f s = %.0f ops/s (checksum %d)" % (operations, elapsed, operations / elapsed, checksum))
