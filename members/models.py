"""The members directory: one page per member collectivity, which is also that member's space."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api import PageRefField, TermField
from core.models import BasePage, Region, paginate
from core.syndication import PageRoutesMixin, follow_links
from members import register, routes


class MemberKind(models.TextChoices):
    REGION = register.REGION, _("Region")
    PROVINCE = register.PROVINCE, _("Prefecture or province council")
    COMMUNE = register.COMMUNE, _("Commune")


def validate_hcp_code(value):
    if register.get(value) is None:
        raise ValidationError(_("%(code)s is not a code of the national register."), params={"code": value})


class MemberIndexPage(BasePage):
    """The members directory, with the network in figures."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MemberPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members directory")

    def members(self):
        return (
            MemberPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region", "logo", "locale")
            .order_by("kind", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = self.members()
        kind = request.GET.get("kind", "")
        region_slug = request.GET.get("region", "")
        regions = Region.objects.filter(locale_id=self.locale_id)
        context["kinds"] = MemberKind.choices
        context["regions"] = regions
        if kind in MemberKind.values:
            members = members.filter(kind=kind)
            context["selected_kind"] = kind
        if region_slug and any(r.slug == region_slug for r in regions):
            members = members.filter(region__slug=region_slug)
            context["selected_region"] = region_slug
        context["members"] = paginate(request, members, per_page=24)
        from members.figures import network_figures

        # Computed only when the cached fragment that shows them is missing (templates: {% cache %}).
        context["figures"] = SimpleLazyObject(lambda: network_figures(self, request))
        return context


class MemberPage(PageRoutesMixin, BasePage):
    """A member collectivity, chosen from the national register by its HCP code.

    Its feeds and calendar (`feed/`, `feed/events/`, `calendar/`…) are routes the sections register
    in `members.routes`.
    """

    serve_select_related = (*BasePage.serve_select_related, "region", "logo")

    hcp_code = models.CharField(
        _("national register code"),
        max_length=16,
        validators=[validate_hcp_code],
        help_text=_("The collectivity's HCP code, e.g. 02.381.01.03 for Bni Ansar. Type and region follow from it."),
    )
    kind = models.CharField(_("type"), max_length=16, choices=MemberKind.choices, editable=False)
    region = models.ForeignKey(
        Region,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("region"),
    )
    population = models.PositiveIntegerField(_("population (2024 census)"), null=True, blank=True, editable=False)
    joined_on = models.DateField(_("joined the network on"), null=True, blank=True)
    introduction = RichTextField(_("presentation"), blank=True, features=["bold", "italic", "link", "ul"])
    logo = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    website = models.URLField(_("website"), blank=True)

    focal_point_name = models.CharField(_("name"), max_length=120, blank=True)
    focal_point_role = models.CharField(_("role"), max_length=200, blank=True)
    focal_point_email = models.EmailField(_("email"), blank=True)
    focal_point_phone = models.CharField(_("phone"), max_length=40, blank=True)

    plan_axes = models.PositiveSmallIntegerField(_("strategic axes"), null=True, blank=True)
    plan_projects = models.PositiveSmallIntegerField(_("projects"), null=True, blank=True)
    plan_activities = models.PositiveSmallIntegerField(_("activities"), null=True, blank=True)
    plan_period = models.CharField(_("period"), max_length=40, blank=True, help_text=_("For example 2025–2027"))
    plan_adopted = models.CharField(
        _("adopted"), max_length=120, blank=True, help_text=_("When and how the plan was adopted.")
    )

    # The member's roles, held by key (members.roles keeps them): renaming the member, its group or its
    # collection changes nothing of who may do what. The same on every translation of the member.
    officers_group = models.ForeignKey(
        "auth.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("officers' group"),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("collection"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("hcp_code"),
        FieldPanel("joined_on"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("website")]),
    ]
    focal_point_panels = [
        MultiFieldPanel(
            [
                FieldPanel("focal_point_name"),
                FieldPanel("focal_point_role"),
                FieldRowPanel([FieldPanel("focal_point_email"), FieldPanel("focal_point_phone")]),
            ],
            heading=_("Focal point"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("plan_axes"), FieldPanel("plan_projects"), FieldPanel("plan_activities")]),
                FieldRowPanel([FieldPanel("plan_period"), FieldPanel("plan_adopted")]),
            ],
            heading=_("Open-government action plan"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Member")),
            ObjectList(focal_point_panels, heading=_("Focal point and action plan")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    # Type, region and population are not declared: `sync_from_register` derives them on every
    # save from the code, and the region from the translation's own locale.
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("hcp_code", overridable=False),
        SynchronizedField("joined_on", overridable=False),
        TranslatableField("introduction"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        # A person's name is written the same in every language unless a translation says otherwise.
        SynchronizedField("focal_point_name"),
        TranslatableField("focal_point_role"),
        SynchronizedField("focal_point_email"),
        SynchronizedField("focal_point_phone"),
        SynchronizedField("plan_axes", overridable=False),
        SynchronizedField("plan_projects", overridable=False),
        SynchronizedField("plan_activities", overridable=False),
        SynchronizedField("plan_period", overridable=False),
        TranslatableField("plan_adopted"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("kind"),
        index.FilterField("hcp_code"),
    ]

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = ["news.NewsPage", "events.EventPage", "experiences.ExperiencePage"]

    # The read-only API (/api/v2/pages/?type=members.MemberPage): the directory's facts, never the roles.
    api_fields = [
        APIField("hcp_code"),
        APIField("kind"),
        APIField("region", serializer=TermField()),
        APIField("population"),
        APIField("joined_on"),
        APIField("website"),
        APIField("introduction"),
        APIField("plan_axes"),
        APIField("plan_projects"),
        APIField("plan_activities"),
        APIField("plan_period"),
    ]

    class Meta:
        verbose_name = _("member collectivity")
        verbose_name_plural = _("member collectivities")

    @classmethod
    def get_subpage_urls(cls):
        return super().get_subpage_urls() + routes.patterns()

    def save(self, *args, **kwargs):
        self.sync_from_register()
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        # The roles are not content: publishing or restoring a revision keeps those in force.
        obj = super().with_content_json(content)
        obj.officers_group_id = self.officers_group_id
        obj.collection_id = self.collection_id
        return obj

    def sync_from_register(self):
        entry = register.get(self.hcp_code)
        if entry is None:
            return
        self.kind = entry.kind
        self.population = entry.population
        if self.locale_id:
            self.region = Region.objects.filter(locale_id=self.locale_id, code=entry.region_code).first()

    @cached_property
    def register_entry(self):
        return register.get(self.hcp_code)

    @property
    def card_image(self):
        return self.listing_image or self.logo

    @property
    def has_plan(self):
        return any([self.plan_axes, self.plan_projects, self.plan_activities])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the sections list of the member's space and how to follow it (members.routes).
        extra = routes.context(self, request)
        context["follow"] = follow_links(self, request, context, extra.pop("follow"))
        context.update(extra)
        return context


class MemberOwnedMixin(models.Model):
    """A page that belongs to the member whose space holds it, or to the network when none does.

    The member is derived from the page's place in the tree on every save and every move, never
    typed, so a bulletin cannot claim to be another member's, and a translation belongs to the member
    page of its own language tree (which is why `member` is in no `translatable_fields`).
    """

    member = models.ForeignKey(
        MemberPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("member"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.derive_from_tree()
        super().save(*args, **kwargs)

    def derive_from_tree(self):
        """Set what follows from the page's place in the tree; the names of the fields that changed.

        Called on every save and, for a moved page and everything under it, after the move
        (`members.signals`), which Wagtail makes without saving each page.
        """
        member = self.find_member()
        if member != self.member:
            self.member = member
            return ["member"]
        return []

    def find_member(self):
        if not self.path or self.depth is None:
            return None
        ancestor_paths = [self.path[:i] for i in range(self.steplen, len(self.path), self.steplen)]
        return MemberPage.objects.filter(path__in=ancestor_paths).first()

    @property
    def publisher_name(self):
        return self.member.title if self.member_id else None

    @property
    def member_region(self):
        return self.member.region if self.member_id else None

    # What the read-only API writes of the page's member (null for the network's own pages).
    member_api_fields = [
        APIField("member", serializer=PageRefField(extra=["hcp_code"])),
        APIField("member_region", serializer=TermField()),
    ]


class NetworkRoles(models.Model):
    """The network's own roles, held by key: its staff, its collections and the review of experiences.

    One row, kept by `members.roles.setup_network_roles()`; staff may rename the group, the
    collections or the workflow in the admin without changing who may do what.
    """

    staff = models.ForeignKey(
        "auth.Group", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("network staff")
    )
    network_collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("the network's collection"),
    )
    members_collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("the members' collections"),
    )
    review_workflow = models.ForeignKey(
        "wagtailcore.Workflow", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("review")
    )
    review_task = models.ForeignKey(
        "wagtailcore.Task", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("review task")
    )

    class Meta:
        verbose_name = _("the network's roles")
        verbose_name_plural = _("the network's roles")

    def __str__(self):
        return str(self._meta.verbose_name)
