"""Sample clinic data: therapists, clients and referral histories, for demos and load checks."""

from opcc_desk.sample.generator import SampleData, SampleEvent, SampleReferral, generate

__all__ = ["SampleData", "SampleEvent", "SampleReferral", "generate"]
