"""/admin/two-factor/…: the two-factor screens (users/views.py)."""

from django.urls import path

from users import views

app_name = "users_two_factor"
urlpatterns = [
    path("", views.manage, name="manage"),
    path("verify/", views.verify, name="verify"),
    path("setup/", views.setup, name="setup"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("disable/", views.disable, name="disable"),
    path("reset/<int:pk>/", views.reset, name="reset"),
]
